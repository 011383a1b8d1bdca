package org.zhifa.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date an agency's record can hold: not before the founding of the People's Republic (1949-10-01), not more than
 * {@code yearsAhead} years after today by the engine's clock (a certificate's validity, a deadline). Null passes.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    /** Nothing an agency records happened before the founding of the People's Republic. */
    LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    /** How far ahead a recorded date may lie by default (a certificate's validity, a hearing, a deadline). */
    int YEARS_AHEAD = 30;

    String message() default "日期应在 1949-10-01 至今后 {yearsAhead} 年之间";

    int yearsAhead() default YEARS_AHEAD;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        private int yearsAhead;

        @Override
        public void initialize(PlausibleDate annotation) {
            yearsAhead = annotation.yearsAhead();
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || within(value, yearsAhead);
        }

        /** The rule, for checks outside Bean Validation too; the latest day is {@link #latest(int)}. */
        public static boolean within(LocalDate value, int yearsAhead) {
            return !value.isBefore(EARLIEST) && !value.isAfter(latest(yearsAhead));
        }

        /** The latest plausible day, by the engine's clock. */
        public static LocalDate latest(int yearsAhead) {
            // bounds decades wide: the day in UTC is near enough, whatever the zone of the server
            return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC).plusYears(yearsAhead);
        }
    }
}
