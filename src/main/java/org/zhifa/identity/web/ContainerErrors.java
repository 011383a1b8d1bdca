package org.zhifa.identity.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.zhifa.shared.web.WebErrors;

/**
 * What Tomcat answers itself, before any servlet sees the request (an address it cannot decode, a malformed request
 * line or header): a short Chinese problem JSON, or a Chinese page for a browser, instead of its English report.
 * Replaces the container's error report valve after Spring Boot has configured its own.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ChineseReport());
                host.setErrorReportValveClass(ChineseReport.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, in Chinese and without the server's name or a stack trace. */
    public static final class ChineseReport extends ErrorReportValve {

        public ChineseReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatusCode code = HttpStatusCode.valueOf(status);
            String title = WebErrors.title(code);
            String detail = status == 400 ? "请求的地址、参数或请求头格式有误（例如含有无效的百分号编码或字符）"
                    : WebErrors.detail(new IllegalStateException(), code);
            String accept = request.getHeader("Accept");
            boolean page = accept != null && accept.contains("text/html");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(page ? "text/html;charset=UTF-8" : "application/problem+json;charset=UTF-8");
                Writer writer = response.getReporter();
                if (writer == null) {
                    return;
                }
                if (page) {
                    writer.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title
                            + "</title></head><body><h1>" + title + "</h1><p>" + detail + "</p>"
                            + "<p><a href=\"/portal/results\">返回公示首页</a></p></body></html>");
                } else {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                            + ",\"detail\":\"" + detail + "\"}");
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response committed: nothing more to say
            }
        }
    }
}
