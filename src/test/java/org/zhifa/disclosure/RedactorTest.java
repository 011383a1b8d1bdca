package org.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * PM10 on realistic decision texts, with the rules shipped in {@code config/}: nothing PM10 lists survives; legal
 * representatives and organisations do; and over generated texts no valid ID number, phone number or Luhn-valid card
 * number is ever published.
 */
class RedactorTest {

    private final Redactor redactor = RedactionFixtures.shippedRedactor();

    /**
     * An individual business: the operator is the party, a natural person. Its ID number has a wrong check digit (a
     * typo in the file): hidden all the same, because the words before it say what it is.
     */
    private static final String INDIVIDUAL = """
            行政处罚决定书
            昆市监罚〔2026〕18号
            当事人：王建国，男，汉族，身份证号码：530102198507153219，住址：昆明市五华区华山南路12号3栋2单元501室，\
            联系电话：13887654321，经营场所：昆明市五华区华山南路建国副食店。
            经查，当事人于2026年10月8日销售超过保质期的食品（饼干）12包，货值金额96元。证人：李秀英，系隔壁商户。\
            当事人王建国对上述事实无异议，并提供其个人银行卡号6222021234567890128用于缴纳罚款，\
            李秀英另报53011119900101456X备查。
            以上事实有现场检查笔录、询问笔录（被询问人：王建国）、照片等证据证实。
            当事人的行为违反了《中华人民共和国食品安全法》第三十四条第十项的规定。依据《中华人民共和国食品安全法》\
            第一百二十四条第一款，决定：没收违法所得96元，并处罚款人民币五万元。
            当事人家庭住址另行通知，家庭电话0871-65123456，其房屋不动产权证号：云（2019）昆明市不动产权第0012345号。
            """;

    /** A company: its name and legal representative stay; its accounts, certificates and a staff member's name go. */
    private static final String COMPANY = """
            行政处罚决定书
            昆市监罚〔2026〕21号
            当事人：昆明𠮷祥商贸有限公司，统一社会信用代码：91530100MA6K12345X，住所：昆明市盘龙区北京路1088号，\
            法定代表人：赵德明。
            经查，当事人在其经营场所销售标签不符合规定的预包装食品。现场负责人：陈丽，系当事人员工。\
            当事人开户银行为中国工商银行昆明分行，开户账号为2502012309024567891，其名下车辆云A·5B8C9。
            依据《中华人民共和国食品安全法》第一百二十五条，决定：警告，并处罚款人民币一万元。
            如不服本决定，可在收到本决定书之日起六十日内向昆明市人民政府申请行政复议。法定代表人赵德明已签收。
            """;

    @Test
    void aPersonsNameAddressIdPhoneCardAndPropertyCertificateAreHidden() {
        CaseData data = new CaseData(List.of("王建国"), List.of(new CaseData.Hidden("住址",
                "昆明市五华区华山南路12号3栋2单元501室")), List.of());

        RedactedText redacted = redactor.redact(INDIVIDUAL, data);

        assertThat(redacted.text()).doesNotContain("王建国", "530102198507153219", "53011119900101456X",
                "华山南路12号3栋", "13887654321", "6222021234567890128", "65123456", "0012345号", "李秀英");
        assertThat(redacted.text()).contains("王某", "李某", "〔身份证号码已隐去〕", "〔联系电话已隐去〕",
                "〔银行账号已隐去〕", "〔不动产权证号已隐去〕", "〔住址已隐去〕");
        assertThat(redacted.text()).as("the facts, the law and the decision stay").contains("超过保质期的食品",
                "第一百二十四条第一款", "罚款人民币五万元", "昆市监罚〔2026〕18号", "2026年10月8日");
        assertThat(redacted.markedUp()).contains("【530102198507153219→〔身份证号码已隐去〕】", "【王建国→王某】");
        assertThat(redacted.marks()).extracting(RedactedText.Mark::source).contains(Redactor.CASE_DATA, "id-number",
                "id-number-context",
                "mobile", "bank-card", "landline", "real-estate-certificate", "named-person");
    }

    @Test
    void anOrganisationAndItsLegalRepresentativeStayWhileItsAccountsAndStaffAreHidden() {
        CaseData data = new CaseData(List.of(), List.of(), List.of("昆明𠮷祥商贸有限公司", "赵德明"));

        RedactedText redacted = redactor.redact(COMPANY, data);

        assertThat(redacted.text()).contains("昆明𠮷祥商贸有限公司", "法定代表人：赵德明", "法定代表人赵德明已签收",
                "住所：昆明市盘龙区北京路1088号", "91530100MA6K12345X", "警告，并处罚款人民币一万元");
        assertThat(redacted.text()).doesNotContain("陈丽", "2502012309024567891", "云A·5B8C9");
        assertThat(redacted.text()).contains("陈某", "〔银行账号已隐去〕", "〔机动车号牌已隐去〕");
    }

    @Test
    void redactingAPublishedTextAgainChangesNothing() {
        RedactedText once = redactor.redact(INDIVIDUAL, new CaseData(List.of("王建国"), List.of(), List.of()));
        RedactedText twice = redactor.redact(once.text(), CaseData.none());
        assertThat(twice.marks()).as("the masks of the first pass are not personal data").isEmpty();
        assertThat(twice.text()).isEqualTo(once.text());
    }

    @Test
    void surnamesAreShownWithMouIncludingCompoundOnes() {
        assertThat(Redactor.surnameOnly("张三")).isEqualTo("张某");
        assertThat(Redactor.surnameOnly("欧阳修文")).isEqualTo("欧阳某");
        assertThat(Redactor.surnameOnly("陈𠮷")).isEqualTo("陈某");
    }

    @Test
    void noValidIdNumberPhoneOrCardEverSurvivesInGeneratedTexts() {
        Random random = new Random(20261127L);
        String[] filler = { "经查，当事人", "于2026年3月", "在昆明市官渡区", "销售过期食品", "，货值金额", "元。", "联系",
                "账户", "证件", "编号", "（", "）", "；", "\n", " ", "号码为", "电话", "卡号" };
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            List<String> planted = new ArrayList<>();
            for (int part = 0; part < 12; part++) {
                text.append(filler[random.nextInt(filler.length)]);
                switch (random.nextInt(6)) {
                case 0 -> planted.add(plant(text, RedactionFixtures.idNumber(random)));
                case 1 -> planted.add(plant(text, RedactionFixtures.mobile(random)));
                case 2 -> planted.add(plant(text, RedactionFixtures.card(random)));
                case 3 -> planted.add(plant(text, spaced(RedactionFixtures.card(random))));
                case 4 -> text.append(random.nextInt(100_000)).append("件");
                default -> text.append("罚款").append(random.nextInt(50) * 1000).append("元");
                }
            }
            String published = redactor.redact(text.toString(), CaseData.none()).text();
            assertThat(leaks(published)).as("round %d: %s", round, text).isEmpty();
            assertThat(planted).allSatisfy(value -> assertThat(published).doesNotContain(value));
        }
    }

    @Test
    void aBrokenRuleIsNamedAtStart() {
        RedactionSettings broken = new RedactionSettings("〔{label}〕", List.of(new RedactionSettings.Rule("my-rule",
                "测试", "(unclosed", "none")));
        assertThatThrownBy(() -> new Redactor(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("my-rule").hasMessageContaining("正则表达式");
        RedactionSettings unknownCheck = new RedactionSettings("〔{label}〕", List.of(new RedactionSettings.Rule(
                "other-rule", "测试", "\\d+", "crc32")));
        assertThatThrownBy(() -> new Redactor(unknownCheck)).hasMessageContaining("other-rule")
                .hasMessageContaining("crc32");
    }

    private static String plant(StringBuilder text, String value) {
        text.append(value);
        return value;
    }

    private static String spaced(String card) {
        return card.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    /** Everything in a published text that is a valid ID number, a mobile number or a Luhn-valid card. */
    private static List<String> leaks(String text) {
        List<String> leaks = new ArrayList<>();
        Matcher ids = Pattern.compile("\\d{17}[\\dXx]").matcher(text);
        for (int at = 0; ids.find(at); at = ids.start() + 1) {
            if (Checks.idNumber(ids.group())) {
                leaks.add(ids.group());
            }
        }
        Matcher mobiles = Pattern.compile("1[3-9]\\d{9}").matcher(text);
        for (int at = 0; mobiles.find(at); at = mobiles.start() + 1) {
            leaks.add(mobiles.group());
        }
        String digits = text.replaceAll("(?<=\\d)[ -](?=\\d)", "");
        for (int length = 16; length <= 19; length++) {
            for (int i = 0; i + length <= digits.length(); i++) {
                String candidate = digits.substring(i, i + length);
                if (candidate.chars().allMatch(Character::isDigit) && Checks.luhn(candidate)) {
                    leaks.add(candidate);
                }
            }
        }
        return leaks;
    }
}
