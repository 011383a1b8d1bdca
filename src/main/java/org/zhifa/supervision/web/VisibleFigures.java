package org.zhifa.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhifa.shared.InvalidInput;
import org.zhifa.supervision.AgencyFigures;

/** The per-agency figures a caller may see, for the period a page or the API asks for, its dates checked. */
@Component
class VisibleFigures {

    private final AgencyFigures figures;
    private final CallerAgency caller;

    VisibleFigures(AgencyFigures figures, CallerAgency caller) {
        this.figures = figures;
        this.caller = caller;
    }

    /** The figures the user may see, for the period asked (default: this year so far). */
    List<AgencyFigures.Figures> of(String from, String to, String agency, Authentication user) {
        if (agency != null && !agency.isBlank() && !agency.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidInput("agency（执法机关编码）只能是字母、数字、下划线和连字符，最多 64 个字符");
        }
        LocalDate last = date("to", to).orElse(LocalDate.now(figures.clock()));
        LocalDate first = date("from", from).orElse(last.withDayOfYear(1));
        String asked = agency == null || agency.isBlank() ? null : agency;
        Optional<String> own = caller.limitedTo(user);
        if (own.isPresent()) {
            return asked == null || asked.equals(own.get()) ? figures.of(List.of(own.get()), first, last) : List.of();
        }
        return figures.of(asked == null ? null : List.of(asked), first, last);
    }

    private static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1949 || date.getYear() > 9999) {
                throw new InvalidInput(name + "（日期）应在 1949 年至 9999 年之间");
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name + "（日期）应为 yyyy-MM-dd，而不是 " + (text.length() > 20 ? text.substring(0, 20)
                    + "…" : text));
        }
    }
}
