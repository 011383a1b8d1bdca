package org.zhifa.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a copy was made from an original (RM23): the original itself is never cut, edited or replaced. */
public enum Derivation {

    /** Faces, number plates, personal data, state or trade secrets masked. */
    REDACTED("redacted", "遮蔽处理件"),
    /** A part of a longer record. */
    CUT("cut", "剪辑片段"),
    /** Another format or resolution, e.g. for a court's player. */
    TRANSCODED("transcoded", "格式转换件");

    private final String code;
    private final String label;

    Derivation(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Derivation> of(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Derivation::code).toList();
    }
}
