package org.zhifa.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.documents.Documents;

/** The portal's page for checking a document by its verification code (see {@link DocumentVerificationController}). */
@Controller
class DocumentVerifyPageController {

    private final Documents documents;

    DocumentVerifyPageController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/portal/documents/verify")
    String page(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code == null ? "" : DocumentVerificationController.shorten(code));
        if (code != null && !code.isBlank()) {
            model.addAttribute("checked", true);
            model.addAttribute("document", documents.byCode(code).map(DocumentVerificationController.Verified::of)
                    .orElse(null));
        }
        return "portal/document-verify";
    }
}
