package org.zhifa.evidence;

/**
 * Who took part in a case (RM22), as the module that runs cases knows it from the case's record: its officers and the
 * users who were assigned or completed its steps. Starting some process under a case's number makes nobody a
 * participant.
 */
public interface CaseParticipation {

    boolean tookPart(String user, String businessKey);
}
