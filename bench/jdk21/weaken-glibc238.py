# Marks every GLIBC_2.38 version need of the ELF files named as weak (VER_FLG_WEAK): bench/jdk21/install.sh
# mark every GLIBC_2.38 version need of an ELF file weak (VER_FLG_WEAK), so glibc 2.36's loader accepts it
import struct, sys
for path in sys.argv[1:]:
    data = bytearray(open(path, 'rb').read())
    if data[:4] != b'\x7fELF': continue
    shoff, = struct.unpack_from('<Q', data, 0x28); shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 0x3a)
    secs = [struct.unpack_from('<IIQQQQIIQQ', data, shoff + i*shentsize) for i in range(shnum)]
    changed = 0
    for s in secs:
        if s[1] != 0x6ffffffe: continue  # SHT_GNU_verneed
        strtab = secs[s[6]]; stroff = strtab[4]; off = s[4]
        while True:
            vn_version, vn_cnt, vn_file, vn_aux, vn_next = struct.unpack_from('<HHIII', data, off)
            a = off + vn_aux
            for _ in range(vn_cnt):
                h, flags, other, name, nxt = struct.unpack_from('<IHHII', data, a)
                n = data[stroff+name:data.index(b'\0', stroff+name)].decode()
                if n in ('GLIBC_2.38',):
                    struct.pack_into('<H', data, a+4, flags | 2); changed += 1
                if nxt == 0: break
                a += nxt
            if vn_next == 0: break
            off += vn_next
    if changed:
        open(path, 'wb').write(data); print(path, changed)
