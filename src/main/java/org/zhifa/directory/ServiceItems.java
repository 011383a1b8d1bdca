package org.zhifa.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service-guide catalogue (PM7.5): what can be applied for, at which agency, with which materials. */
@Service
public class ServiceItems {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ServiceItems(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<ServiceItem> item(String code) {
        return jdbc.query("select * from service_items where code = ?", (rs, row) -> new ServiceItem(rs.getString("code"),
                rs.getString("agency_code"), rs.getString("name"), rs.getString("kind"), rs.getString("legal_basis"),
                rs.getInt("decision_working_days"), rs.getBoolean("legal_review_required"),
                rs.getString("certificate_name"), materials(rs.getString("code"))), code).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<ServiceItem> items() {
        List<String> codes = jdbc.queryForList("select code from service_items order by code", String.class);
        List<ServiceItem> items = new ArrayList<>();
        codes.forEach(code -> item(code).ifPresent(items::add));
        return items;
    }

    /** Registers an item or replaces it and its material list. */
    @Transactional
    public ServiceItem save(ServiceItem item) {
        jdbc.update("delete from service_item_materials where item_code = ?", item.code());
        if (jdbc.update("update service_items set agency_code = ?, name = ?, kind = ?, legal_basis = ?, "
                + "decision_working_days = ?, legal_review_required = ?, certificate_name = ? where code = ?",
                item.agencyCode(), item.name(), item.kind(), item.legalBasis(), item.decisionWorkingDays(),
                item.legalReviewRequired(), item.certificateName(), item.code()) == 0) {
            jdbc.update("insert into service_items (code, agency_code, name, kind, legal_basis, decision_working_days, "
                    + "legal_review_required, certificate_name) values (?, ?, ?, ?, ?, ?, ?, ?)", item.code(),
                    item.agencyCode(), item.name(), item.kind(), item.legalBasis(), item.decisionWorkingDays(),
                    item.legalReviewRequired(), item.certificateName());
        }
        int position = 0;
        for (ServiceItem.Material material : item.materials()) {
            jdbc.update("insert into service_item_materials (item_code, position, material_code, name, required, sample) "
                    + "values (?, ?, ?, ?, ?, ?)", item.code(), position++, material.code(), material.name(),
                    material.required(), material.sample());
        }
        events.publishEvent(new DirectoryChanged(item.agencyCode(), "service-guides", item.code(), item.name(),
                Directory.fields("事项名称", item.name(), "办理依据", item.legalBasis(), "法定办结时限",
                        item.decisionWorkingDays() + " 个工作日", "申请材料", item.materials().stream()
                                .map(m -> m.name() + (m.required() ? "" : "（非必需）")
                                        + (m.sample() == null ? "" : "；示范文本：" + m.sample()))
                                .collect(Collectors.joining("\n"))), null));
        return item;
    }

    private List<ServiceItem.Material> materials(String itemCode) {
        return jdbc.query("select * from service_item_materials where item_code = ? order by position",
                (rs, row) -> new ServiceItem.Material(rs.getString("material_code"), rs.getString("name"),
                        rs.getBoolean("required"), rs.getString("sample")), itemCode);
    }
}
