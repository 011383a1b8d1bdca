package org.zhifa.engine;

/**
 * A model in the models folder that cannot be deployed; the message names the file and the reason.
 */
public class ModelDeploymentException extends RuntimeException {

    private final String file;

    public ModelDeploymentException(String file, String reason, Throwable cause) {
        super("模型文件 " + file + " 无法部署：" + reason, cause);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
