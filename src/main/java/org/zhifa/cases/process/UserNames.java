package org.zhifa.cases.process;

import org.camunda.bpm.engine.identity.User;

/** A user as the case's pages and documents show a person: 张三, or the id of a user without a name. */
final class UserNames {

    private UserNames() {
    }

    static String of(User user) {
        String name = ((user.getLastName() == null ? "" : user.getLastName())
                + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
