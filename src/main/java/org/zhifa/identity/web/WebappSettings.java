package org.zhifa.identity.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the Camunda webapps (Tasklist, Cockpit, Admin, welcome) show of who runs them ({@code zhifa.webapps}).
 *
 * @param product the product's name in every webapp's header and browser title
 * @param subtitle what the product is, beside its name
 * @param agency  the agency or platform that runs this server (例如 云南省行政执法监督平台); empty: none shown
 */
@ConfigurationProperties("zhifa.webapps")
public record WebappSettings(@DefaultValue("执法") String product,
        @DefaultValue("行政执法全过程记录与公示系统") String subtitle, @DefaultValue("") String agency) {
}
