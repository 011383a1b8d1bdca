package org.zhifa.shared;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.validator.HibernateValidator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks a request record against the rules declared on its fields (Bean Validation: {@code @Size} no larger than
 * where the value is stored, {@code @Pattern}, {@code @NotBlank}…), in the service that takes it, so that every
 * caller — the API, a process step, Java — meets the same bounds before anything is stored. A refusal names each
 * field and its rule, in Chinese.
 */
public final class RequestChecks {

    private static final Validator VALIDATOR = jakarta.validation.Validation.byProvider(HibernateValidator.class)
            .configure().defaultLocale(Locale.SIMPLIFIED_CHINESE).buildValidatorFactory().getValidator();

    private RequestChecks() {
    }

    /**
     * @return the request, when it meets its rules
     * @throws InvalidInput naming every field that does not, as {@code 字段 fileName：文件名不能超过 512 个字符}
     */
    public static <T> T check(T request) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations.stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .map(violation -> "字段 " + violation.getPropertyPath() + "：" + violation.getMessage())
                    .collect(Collectors.joining("；")));
        }
        return request;
    }
}
