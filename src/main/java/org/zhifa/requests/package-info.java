/**
 * Requests from the public (PM17, PM22): a party's request to correct published information about them and anyone's
 * request for government information (政府信息公开条例), each answered by a disclosure officer within 20 working
 * days and followed with a request number and query code; the limits that keep anonymous callers from guessing
 * codes or flooding the agency.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package org.zhifa.requests;
