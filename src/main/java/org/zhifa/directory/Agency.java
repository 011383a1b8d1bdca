package org.zhifa.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An enforcement agency (执法主体, PM7.1).
 *
 * @see #getShortName() the abbreviation its document numbers start with
 */
@Entity
@Table(name = "agencies")
public class Agency {

    @Id
    private String code;
    private String name;
    private String shortName;
    private String head;
    private String address;
    private String phone;
    private String supervisionHotline;

    protected Agency() {
    }

    public Agency(String code, String name, String shortName) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
    }

    void update(Agency other) {
        this.name = other.name;
        this.shortName = other.shortName;
        this.head = other.head;
        this.address = other.address;
        this.phone = other.phone;
        this.supervisionHotline = other.supervisionHotline;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The abbreviation of document numbers, e.g. {@code 昆市监} in {@code 昆市监罚〔2026〕12号}. */
    public String getShortName() {
        return shortName;
    }

    public String getHead() {
        return head;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getSupervisionHotline() {
        return supervisionHotline;
    }

    public Agency withContact(String head, String address, String phone, String supervisionHotline) {
        this.head = head;
        this.address = address;
        this.phone = phone;
        this.supervisionHotline = supervisionHotline;
        return this;
    }
}
