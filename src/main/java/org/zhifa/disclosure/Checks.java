package org.zhifa.disclosure;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.zhifa.cases.PartyIds;

/** The checks that tell a real ID number or bank card from any run of digits. */
final class Checks {

    private Checks() {
    }

    static boolean passes(String check, String value) {
        return switch (check == null ? "none" : check) {
        case "none" -> true;
        case "id-number" -> idNumber(value);
        case "old-id-number" -> oldIdNumber(value);
        case "luhn" -> luhn(value);
        case "person-name" -> personName(value);
        default -> throw new IllegalArgumentException("unknown check " + check);
        };
    }

    /** An 18-character resident identity number with a real birth date and the right check character (GB 11643). */
    static boolean idNumber(String value) {
        return PartyIds.personProblem(value).isEmpty();
    }

    /** A 15-digit identity number of the first generation: a real birth date 19yymmdd in digits 7–12. */
    static boolean oldIdNumber(String value) {
        return value != null && value.matches("\\d{15}") && birthDate("19" + value.substring(6, 12)) != null;
    }

    /** The date yyyymmdd, or null when it is not a real date since 1900. */
    private static LocalDate birthDate(String yyyymmdd) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return date.getYear() >= 1900 ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A bank card number: 16 to 19 digits (spaces and hyphens ignored) passing the Luhn check. */
    static boolean luhn(String value) {
        String digits = value == null ? "" : value.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{16,19}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** Two to four Chinese characters (a middle dot allowed for names of minorities), not a common non-name word. */
    static boolean personName(String value) {
        return value != null && value.matches("[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5·]{1,5}") && !value.endsWith("某")
                && !value.matches(".*(公司|企业|个体|商行|超市|门市|本人|不详|无|未到场|到场).*");
    }
}
