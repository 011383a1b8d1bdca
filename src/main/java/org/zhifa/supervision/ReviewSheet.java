package org.zhifa.supervision;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.Resource;

/**
 * The scoring sheet of 案卷评查 (RM9), as the supervision office keeps it in {@code config/case-file-review.yaml}:
 * items with their points and the law each checks, and the grade thresholds as shares of the total. Read once at
 * start; a sheet that cannot be read or does not add up stops the server with a message naming the fault.
 *
 * @param grades the shares of the total at or above which a case is 优秀 ({@code excellent}) or 合格 ({@code pass})
 */
public record ReviewSheet(String name, Thresholds grades, List<Item> items) {

    /** The three grades of a case and of an agency. */
    public static final String EXCELLENT = "优秀";
    public static final String PASS = "合格";
    public static final String FAIL = "不合格";

    /** The form field an item is scored in. */
    public static final String FIELD_PREFIX = "score_";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public record Thresholds(double excellent, double pass) {
    }

    /**
     * One item.
     *
     * @param veto whether zero points here fails the case whatever its total (主体、程序 errors usually do)
     */
    public record Item(String id, String name, int points, boolean veto, String law, String criteria) {

        /** The form field this item is scored in: {@code score_<id>}. */
        public String field() {
            return FIELD_PREFIX + id.replace('-', '_');
        }
    }

    public ReviewSheet {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Reads and checks the sheet. */
    public static ReviewSheet read(Resource file) {
        String where = "评查评分表 " + file.getDescription();
        ReviewSheet sheet;
        try {
            var sources = new YamlPropertySourceLoader().load("case-file-review", file);
            sheet = new Binder(ConfigurationPropertySources.from(sources)).bind("", ReviewSheet.class)
                    .orElseThrow(() -> new IllegalStateException(where + " 是空的"));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(where + " 无法读取：" + e.getMessage(), e);
        }
        sheet.check(where);
        return sheet;
    }

    private void check(String where) {
        if (name == null || name.isBlank()) {
            throw new IllegalStateException(where + "：缺少 name（评分表名称）");
        }
        if (grades == null || !(grades.pass() > 0 && grades.pass() <= grades.excellent() && grades.excellent() <= 1)) {
            throw new IllegalStateException(where + "：grades 应满足 0 < pass ≤ excellent ≤ 1（如 excellent: 0.9、pass: 0.7）");
        }
        if (items.isEmpty()) {
            throw new IllegalStateException(where + "：没有评查项目（items）");
        }
        Set<String> seen = new HashSet<>();
        for (Item item : items) {
            if (item.id() == null || !ID.matcher(item.id()).matches()) {
                throw new IllegalStateException(where + "：项目编号 “" + item.id() + "” 应以小写字母开头，只含小写字母、数字和连字符");
            }
            if (!seen.add(item.field())) {
                throw new IllegalStateException(where + "：项目编号 " + item.id() + " 重复");
            }
            if (item.name() == null || item.name().isBlank() || item.law() == null || item.law().isBlank()) {
                throw new IllegalStateException(where + "：项目 " + item.id() + " 缺少名称（name）或所查依据（law）");
            }
            if (item.points() < 1 || item.points() > 100) {
                throw new IllegalStateException(where + "：项目 " + item.id() + " 的分值应在 1 与 100 之间，而不是 " + item.points());
            }
        }
    }

    public int total() {
        return items.stream().mapToInt(Item::points).sum();
    }

    /** A case's grade: failed by a vetoed item at zero, else by its share of the total. */
    public String grade(int score, boolean vetoed) {
        if (vetoed) {
            return FAIL;
        }
        double share = (double) score / total();
        return share >= grades.excellent() ? EXCELLENT : share >= grades.pass() ? PASS : FAIL;
    }

    /** An agency's grade: by its cases' mean share; never 优秀 with a failed case. */
    public String agencyGrade(double meanShare, boolean anyFailed) {
        String byShare = meanShare >= grades.excellent() ? EXCELLENT : meanShare >= grades.pass() ? PASS : FAIL;
        return anyFailed && EXCELLENT.equals(byShare) ? PASS : byShare;
    }
}
