package org.zhifa.directory;

import java.util.List;

/**
 * An item a party may apply for (PM7.5 service guide): licence, confirmation, registration or adjudication, with the
 * materials to submit. Application cases check the application against it and list what is missing at once (RM10.2).
 *
 * @param kind                 licence, confirmation, registration or adjudication
 * @param decisionWorkingDays  the statutory period from acceptance to decision (Licensing Law Art. 42: 20)
 * @param legalReviewRequired  whether decisions on this item need legal review (RM10.8)
 * @param certificateName      what is issued on approval, e.g. 食品经营许可证; null when nothing is
 */
public record ServiceItem(String code, String agencyCode, String name, String kind, String legalBasis,
        int decisionWorkingDays, boolean legalReviewRequired, String certificateName, List<Material> materials) {

    /** A material of the list, with whether it is always required and a sample text (示范文本). */
    public record Material(String code, String name, boolean required, String sample) {
    }

    public List<Material> requiredMaterials() {
        return materials.stream().filter(Material::required).toList();
    }
}
