package org.zhifa.engine.process;

import java.util.List;

import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;

/**
 * XML values: the server keeps none (no step takes one, and no XML data format is installed), so a client that sends
 * one (REST {@code "type": "Xml"}) is refused naming the variable, instead of the engine failing for want of a
 * serializer. Refused when the value is written, so every API is covered; nothing is ever read back.
 */
final class UnstorableValues implements TypedValueSerializer<TypedValue> {

    @Override
    public String getName() {
        return "zhifa-refused-xml";
    }

    @Override
    public ValueType getType() {
        return SpinValueType.XML;
    }

    @Override
    public void writeValue(TypedValue value, ValueFields fields) {
        throw new InvalidSubmissionException("写入流程变量", List.of(new FieldError(fields.getName(), fields.getName(),
                "不能以 XML 类型写入（本系统的流程变量只能是文字、数字、是否、日期或选项列表）")));
    }

    @Override
    public TypedValue readValue(ValueFields fields, boolean deserialize, boolean asTransient) {
        throw new IllegalStateException("no XML value is ever stored");
    }

    @Override
    public boolean canHandle(TypedValue value) {
        return value.getType() != null && SpinValueType.XML.getName().equals(value.getType().getName());
    }

    @Override
    public TypedValue convertToTypedValue(UntypedValueImpl untyped) {
        throw new UnsupportedOperationException("an untyped value is never XML");
    }

    @Override
    public String getSerializationDataformat() {
        return "application/xml";
    }

    @Override
    public boolean isMutableValue(TypedValue value) {
        return false;
    }
}
