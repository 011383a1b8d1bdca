package org.zhifa.dossier;

import java.util.List;

/** The server has no Chinese TrueType font to embed in a dossier PDF: a setup problem, answered with 503. */
public class MissingFontException extends RuntimeException {

    MissingFontException(List<String> tried) {
        super("服务器未找到可嵌入的中文 TrueType 字体，无法生成卷宗 PDF。请安装 fonts-arphic-uming（或文泉驿字体），"
                + "或在 zhifa.dossier.fonts 中指定 .ttf/.ttc 文件；已查找：" + String.join("、", tried));
    }
}
