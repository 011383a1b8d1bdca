/**
 * The enforcement directory (PM7.1, PM7.2, PM12; RM11.2): agencies and the officers who hold enforcement
 * certificates. A case may only be worked by officers with a valid certificate (Administrative Penalty Law Art. 42),
 * and the agency's short name heads its document numbers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.zhifa.directory;
