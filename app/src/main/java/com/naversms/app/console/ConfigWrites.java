package com.naversms.app.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the 문구 page may write the config folder, or offers the checked file for download with how
 * to deploy it (docs/console.md "Read-only config"). In order: the operator's switch ({@code
 * --read-only}, {@code CONSOLE_CONFIG_READ_ONLY}) decides when given; else a console whose cycles
 * are the cycle function's (state in DynamoDB, the console not beside a daemon) is read-only, since
 * that function reads its config from S3, never this folder; else the folder must be writable
 * ({@link Files#isWritable}: a read-only file system, as a Lambda's, or a user without the right).
 * Root passes every permission check, so a deployment that must not change its folder sets the
 * switch.
 *
 * @param readOnlySwitch the operator's choice, when given
 * @param cyclesReadS3 the state is DynamoDB's and no daemon reads this folder
 */
public record ConfigWrites(Optional<Boolean> readOnlySwitch, boolean cyclesReadS3) {

  /** Writes allowed unless the folder cannot be written (the daemon's and the demo's console). */
  public static ConfigWrites beside(Optional<Boolean> readOnlySwitch) {
    return new ConfigWrites(readOnlySwitch, false);
  }

  /** Why {@code templates} in {@code dir} must not be written, in Korean; empty: it may be. */
  Optional<String> readOnly(Path dir, Path templates) {
    if (readOnlySwitch.isPresent()) {
      return readOnlySwitch.get()
          ? Optional.of("콘솔을 읽기 전용으로 열었습니다 (--read-only 또는 CONSOLE_CONFIG_READ_ONLY)")
          : writable(dir, templates);
    }
    if (cyclesReadS3) {
      return Optional.of("상태가 DynamoDB에 있습니다: AWS Lambda의 주기는 설정을 S3에서 읽으므로 이 폴더에 저장해도 반영되지 않습니다");
    }
    return writable(dir, templates);
  }

  private static Optional<String> writable(Path dir, Path templates) {
    return Files.isWritable(dir) && Files.isWritable(templates)
        ? Optional.empty()
        : Optional.of("설정 폴더에 쓸 수 없습니다 (읽기 전용 파일 시스템이거나 권한이 없습니다)");
  }
}
