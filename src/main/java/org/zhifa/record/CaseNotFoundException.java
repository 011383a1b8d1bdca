package org.zhifa.record;

/** No record exists for the business key asked for. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String businessKey) {
        super("案件 " + businessKey + " 没有全过程记录");
    }
}
