/**
 * What every module may use: the refusals a domain raises when a request cannot be carried out, each saying what
 * failed in Chinese (naming the field or file and the reason) and none knowing HTTP; the web layer maps them to
 * problem responses in one place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhifa.shared;
