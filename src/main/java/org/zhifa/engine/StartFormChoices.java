package org.zhifa.engine;

import java.util.Map;

/**
 * Choices a start form offers that the server keeps (the service guide's items, the catalogue's sections, the
 * registered agencies). A start form has no task whose variables could hold them, so a field naming one of these in
 * its {@code valuesKey} receives them as static values when the form is served; the start's rule checks the same list.
 * Each module declares its own as a bean.
 */
public interface StartFormChoices {

    /** The {@code valuesKey} the form's field names. */
    String valuesKey();

    /** The choices now, by value, in the order the form shows them; each value's label. */
    Map<String, String> choices();
}
