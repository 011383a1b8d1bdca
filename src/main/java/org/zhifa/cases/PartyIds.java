package org.zhifa.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks the identity numbers parties give: the 18-digit resident identity number (GB 11643, with its check digit
 * and a real birth date) and the 18-character unified social credit code of organisations (GB 32100).
 */
public final class PartyIds {

    private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String ID_CHECK = "10X98765432";
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private PartyIds() {
    }

    /** Why the number is not a valid resident identity number, or empty when it is. */
    public static Optional<String> personProblem(String number) {
        if (number == null || !number.matches("\\d{17}[\\dXx]")) {
            return Optional.of("应为 18 位身份证号码（末位可为 X）");
        }
        try {
            LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("出生日期 " + number.substring(6, 14) + " 不存在");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        char expected = ID_CHECK.charAt(sum % 11);
        return Character.toUpperCase(number.charAt(17)) == expected ? Optional.empty()
                : Optional.of("校验位应为 " + expected + "，号码有误");
    }

    /** Why the code is not a valid unified social credit code, or empty when it is. */
    public static Optional<String> organisationProblem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("应为 18 位统一社会信用代码");
        }
        String upper = code.toUpperCase();
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_ALPHABET.indexOf(upper.charAt(i));
            if (value < 0) {
                return Optional.of("第 " + (i + 1) + " 位“" + code.charAt(i) + "”不是统一社会信用代码使用的字符");
            }
            sum += value * USCC_WEIGHTS[i];
        }
        char expected = USCC_ALPHABET.charAt((31 - sum % 31) % 31);
        return upper.charAt(17) == expected ? Optional.empty() : Optional.of("校验位应为 " + expected + "，代码有误");
    }

    /** The birth date in a valid resident identity number. */
    public static LocalDate birthDate(String number) {
        return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }
}
