package com.naversms.adapters.files;

import com.naversms.core.session.LoginEvidence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Login evidence in a local folder (self-hosted: {@code login-diagnostics/} beside the state): one
 * sub-folder per failure, created 0700, every file 0600 whatever the umask (the page and the
 * screenshot may show the account and customers' bookings).
 */
public final class EvidenceFolder implements LoginEvidence {
  private final Path root;

  public EvidenceFolder(Path root) {
    this.root = root;
  }

  @Override
  public String keep(String name, Map<String, byte[]> files) throws IOException {
    Path dir = OwnerOnlyFiles.folders(root.resolve(name));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      OwnerOnlyFiles.write(dir.resolve(f.getKey()), f.getValue());
    }
    return dir.toString();
  }
}
