/* The glibc 2.38 names a Debian 13 JDK 21 asks for, on glibc 2.36 (bench/jdk21/install.sh). */
#define _GNU_SOURCE
#include <stdlib.h>
#include <stdio.h>
#include <stdarg.h>
#include <math.h>
long __isoc23_strtol(const char *s, char **e, int b) { return strtol(s, e, b); }
long long __isoc23_strtoll(const char *s, char **e, int b) { return strtoll(s, e, b); }
unsigned long __isoc23_strtoul(const char *s, char **e, int b) { return strtoul(s, e, b); }
unsigned long long __isoc23_strtoull(const char *s, char **e, int b) { return strtoull(s, e, b); }
int __isoc23_vsscanf(const char *s, const char *f, va_list ap) { return vsscanf(s, f, ap); }
int __isoc23_sscanf(const char *s, const char *f, ...) { va_list ap; va_start(ap, f); int r = vsscanf(s, f, ap); va_end(ap); return r; }
int __isoc23_fscanf(FILE *s, const char *f, ...) { va_list ap; va_start(ap, f); int r = vfscanf(s, f, ap); va_end(ap); return r; }
#include <dlfcn.h>
double fmod(double x, double y) { static double (*f)(double, double); if (!f) f = dlvsym(RTLD_NEXT, "fmod", "GLIBC_2.2.5"); return f(x, y); }
float fmodf(float x, float y) { static float (*f)(float, float); if (!f) f = dlvsym(RTLD_NEXT, "fmodf", "GLIBC_2.2.5"); return f(x, y); }
