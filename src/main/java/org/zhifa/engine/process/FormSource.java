package org.zhifa.engine.process;

import org.zhifa.engine.FormSchema;

/**
 * Where a step's form comes from, as the model's parser found it: a form of the same deployment read at once, a
 * Camunda Form looked up when the step is submitted (bound to the latest or a given version), none, or a kind of form
 * whose fields the server cannot know (embedded or external HTML), which takes no values.
 */
record FormSource(FormSchema schema, String formRef, String binding, String version, String unsupported) {

    static final String PROPERTY = "zhifa.form";

    static final FormSource NONE = new FormSource(FormSchema.NONE, null, null, null, null);

    static FormSource known(FormSchema schema) {
        return new FormSource(schema, null, null, null, null);
    }

    static FormSource lookup(String formRef, String binding, String version) {
        return new FormSource(null, formRef, binding, version, null);
    }

    static FormSource unsupported(String formKey) {
        return new FormSource(FormSchema.NONE, null, null, null, "表单 “" + formKey
                + "” 不是 Camunda 表单或生成的表单，服务器无法得知其字段，本步骤不能提交任何值");
    }

    boolean needsLookup() {
        return schema == null;
    }
}
