/**
 * The Chinese working-day calendar: weekends, public holidays and make-up working days (调休) from the State Council's
 * annual notices, kept in a file administrators edit each year. Periods counted in working days start the day after
 * the event (Administrative Penalty Law Art. 85, Administrative Licensing Law Art. 82) and drive the deadlines of
 * PM14 (disclosure within 7 or 20 working days) and RM20 (AV records stored within 2 working days).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package org.zhifa.calendar;
