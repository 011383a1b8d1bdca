package org.zhifa.directory;

import java.util.Map;

/**
 * Something the public catalogue shows changed in the directory (PM7.1 agency, PM7.2 officer, PM7.5 service guide),
 * published in the saving transaction so the change is versioned with it (PM15).
 *
 * @param section agency, officers or service-guides
 * @param key     the agency code, certificate number or item code
 * @param content what the portal shows of it, by field, in order
 * @param note    what changed, if not the fields themselves (a new photo)
 */
public record DirectoryChanged(String agencyCode, String section, String key, String title,
        Map<String, String> content, String note) {
}
