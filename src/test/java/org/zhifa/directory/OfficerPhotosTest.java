package org.zhifa.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** An officer's photo is accepted only when it decodes completely (the public catalogue shows it). */
class OfficerPhotosTest {

    @Test
    void aCompletePhotoDecodesAndATruncatedOneDoesNot() throws Exception {
        for (String format : new String[] { "png", "jpg" }) {
            byte[] image = image(format);
            assertThat(OfficerPhotos.undecodable(image)).as(format).isNull();
            assertThat(OfficerPhotos.undecodable(Arrays.copyOf(image, 16))).as(format + " cut to 16 bytes").isNotNull();
            assertThat(OfficerPhotos.undecodable(Arrays.copyOf(image, image.length / 2))).as(format + " cut in half")
                    .isNotNull();
        }
        assertThat(OfficerPhotos.undecodable("不是图片".getBytes())).isNotNull();
    }

    private static byte[] image(String format) throws Exception {
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 160; y++) {
                image.setRGB(x, y, (x * 7 + y * 13) * 0x010101 ^ (x * y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
