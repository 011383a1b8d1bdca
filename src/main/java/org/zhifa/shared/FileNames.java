package org.zhifa.shared;

/**
 * A stored name made safe to hand to another program: as a download's file name ({@code Content-Disposition}) or a
 * path inside an archive. Names are checked where they enter ({@link CleanText}), but names stored before that check,
 * or copied from a file's own metadata, may still carry control or direction characters ({@code photo\u202Egnp.exe}
 * reads as {@code photoexe.png}), path separators or a leading dot.
 */
public final class FileNames {

    /** Longest name handed out, in characters (code points); the end (the extension) is kept. */
    public static final int MAX = 120;

    private FileNames() {
    }

    /**
     * @param name     the stored name, possibly null
     * @param fallback the name when nothing usable is left (the content's hash, say)
     */
    public static String safe(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200E || c == 0x200F || c == 0x061C || c == 0xFEFF
                    || Character.getType(c) == Character.SURROGATE) {
                return;
            }
            out.appendCodePoint("\\/:*?\"<>|".indexOf(c) >= 0 ? '_' : c);
        });
        String cleaned = out.toString().strip().replaceAll("^\\.+", "_");
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '_')) {
            return fallback;
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        return length > MAX ? cleaned.substring(cleaned.offsetByCodePoints(0, length - MAX)) : cleaned;
    }
}
