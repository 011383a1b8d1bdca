package org.zhifa.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    WorkingDays workingDayCalendar(CalendarSettings settings) throws IOException {
        String name = settings.file().getDescription();
        if (!settings.file().exists()) {
            throw new CalendarFileException(name, 0, "文件不存在");
        }
        try (Reader reader = new InputStreamReader(settings.file().getInputStream(), StandardCharsets.UTF_8)) {
            HolidayTable table = HolidayFile.read(settings.file().getFilename(), reader);
            table.warnings().forEach(log::warn);
            log.info("工作日历已加载：{}，已配置年份 {}", name, new java.util.TreeSet<>(table.configuredYears()));
            return new WorkingDays(table);
        }
    }

    /** The engine's clock in the configured zone: the only source of "now" (see {@link EngineClock}). */
    @Bean
    EngineClock clock(TimeSettings settings) {
        return new EngineClock(settings.timeZone());
    }
}
