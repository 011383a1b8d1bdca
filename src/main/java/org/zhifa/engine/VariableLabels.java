package org.zhifa.engine;

import java.util.Map;

/**
 * What a module calls the variables its process glue writes (案件编号 for {@code caseNumber}), for people reading a
 * case's record: values the server wrote appear in no form, so no form's label names them. Each module with such
 * variables provides one bean.
 */
public interface VariableLabels {

    /** Label by variable name. */
    Map<String, String> labels();
}
