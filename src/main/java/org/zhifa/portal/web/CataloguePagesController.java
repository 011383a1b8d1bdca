package org.zhifa.portal.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhifa.statistics.AnnualStatistics;
import org.zhifa.catalogue.Procedures;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's pre-enforcement pages (PM7): agencies and their catalogues, flow charts drawn from the deployed models
 * (the text of each step is on the page too, so it reads without JavaScript), service guides, and the annual
 * statistics (PM18: tables, with charts drawn from the same figures).
 */
@Controller
class CataloguePagesController {

    private final AgencyCatalogue catalogue;
    private final Procedures procedures;
    private final AnnualStatistics statistics;

    CataloguePagesController(AgencyCatalogue catalogue, Procedures procedures, AnnualStatistics statistics) {
        this.catalogue = catalogue;
        this.procedures = procedures;
        this.statistics = statistics;
    }

    @GetMapping("/portal/statistics")
    String statistics(Model model) {
        model.addAttribute("years", statistics.published());
        return "portal/statistics";
    }

    /** PM18: an agency's published figures for a year, as tables; the charts draw from the same figures. */
    @GetMapping("/portal/statistics/{agency}/{year}")
    String statistics(@PathVariable String agency, @PathVariable String year, Model model,
            HttpServletResponse response) {
        Optional<AnnualStatistics.Statistics> found = year.matches("\\d{4}")
                ? statistics.published(agency, Integer.parseInt(year)) : Optional.empty();
        if (found.isEmpty()) {
            return notFound(response);
        }
        model.addAttribute("statistics", found.get());
        model.addAttribute("f", found.get().figures());
        return "portal/statistics-year";
    }

    @GetMapping("/portal/agencies")
    String agencies(Model model) {
        model.addAttribute("agencies", catalogue.agencies());
        return "portal/agencies";
    }

    @GetMapping("/portal/agencies/{code}")
    String agency(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<AgencyCatalogue.View> view = catalogue.view(code);
        if (view.isEmpty()) {
            return notFound(response);
        }
        model.addAttribute("view", view.get());
        model.addAttribute("kinds", PortalController.KINDS);
        return "portal/agency";
    }

    @GetMapping("/portal/procedures")
    String procedures(Model model) {
        model.addAttribute("procedures", procedures.procedures());
        return "portal/procedures";
    }

    @GetMapping("/portal/procedures/{key}")
    String procedure(@PathVariable String key, Model model, HttpServletResponse response) {
        Optional<Procedures.Procedure> procedure = procedures.procedure(key);
        if (procedure.isEmpty()) {
            return notFound(response);
        }
        model.addAttribute("procedure", procedure.get());
        model.addAttribute("steps", procedures.steps(key));
        return "portal/procedure";
    }

    @GetMapping("/portal/guides/{code}")
    String guide(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<AgencyCatalogue.Guide> guide = catalogue.guide(code);
        if (guide.isEmpty()) {
            return notFound(response);
        }
        model.addAttribute("guide", guide.get());
        model.addAttribute("kinds", PortalController.KINDS);
        return "portal/guide";
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }
}
