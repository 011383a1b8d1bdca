package org.zhifa.engine;

/**
 * One file of the models folder.
 *
 * @param name    the resource name in the deployment, e.g. {@code bpmn/routine-inspection.bpmn}
 * @param content the bytes as read
 */
record ModelFile(String name, byte[] content) {

    boolean isForm() {
        return name.endsWith(".form");
    }

    boolean isBpmn() {
        return name.endsWith(".bpmn");
    }
}
