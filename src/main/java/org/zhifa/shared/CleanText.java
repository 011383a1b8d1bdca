package org.zhifa.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text as a person would type it: no NUL or other control characters (line breaks and tabs only where the field
 * has several lines), no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069) that make a name or a
 * file name read differently from what it is, no unpaired surrogates. Null passes (use {@code @NotBlank} for that).
 */
@Documented
@Constraint(validatedBy = CleanText.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {

    String message() default "含有不可见的控制字符或文字方向控制字符";

    /** Whether line breaks and tabs are allowed (remarks, descriptions). */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for checks outside Bean Validation too. */
    final class Check implements ConstraintValidator<CleanText, String> {

        private boolean multiline;

        @Override
        public void initialize(CleanText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || clean(value, multiline);
        }

        public static boolean clean(String value, boolean multiline) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                    continue;
                }
                if (c == '\u2028' || c == '\u2029') {
                    // line and paragraph separators: a line break that does not look like one
                    return false;
                }
                if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                        || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\uFEFF') {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
