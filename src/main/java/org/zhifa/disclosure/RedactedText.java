package org.zhifa.disclosure;

import java.util.List;

/**
 * A text with its personal data hidden (PM10), and where each hidden span was, for the officer's marked-up draft.
 *
 * @param text  the text to publish
 * @param marks the hidden spans, in order, with offsets into the original
 */
public record RedactedText(String original, String text, List<Mark> marks) {

    /**
     * One hidden span.
     *
     * @param start  offset of the span in the original
     * @param end    offset just after it
     * @param label  what was hidden (姓名, 住址, 身份证号码, …)
     * @param source the rule that found it, or {@code case-data} for a value from the case itself
     * @param shown  what the published text shows instead
     */
    public record Mark(int start, int end, String label, String source, String shown) {
    }

    /** The original with each hidden span bracketed as 【…】, for the officer to check before publishing; null for none. */
    public String markedUp() {
        if (original == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mark mark : marks) {
            out.append(original, at, mark.start()).append('【').append(original, mark.start(), mark.end())
                    .append('→').append(mark.shown()).append('】');
            at = mark.end();
        }
        return out.append(original.substring(at)).toString();
    }
}
