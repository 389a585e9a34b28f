package org.gptracker.events.chain;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HexTest {

    @Test
    void aHashWrittenAsHexIsReadBackFromATextOrFromACharacterRange() {
        Random random = new Random(7);
        for (int n = 0; n < 100; n++) {
            byte[] hash = new byte[32];
            random.nextBytes(hash);
            String text = Hex.encode(hash);
            char[] buffer = ("xx" + text + "yy").toCharArray();
            byte[] fromText = new byte[32];
            byte[] fromRange = new byte[32];
            assertThat(Hex.decode(text, fromText)).isTrue();
            assertThat(Hex.decode(buffer, 2, text.length(), fromRange)).isTrue();
            assertThat(fromText).isEqualTo(hash);
            assertThat(fromRange).isEqualTo(hash);
        }
    }

    @Test
    void onlyLowercaseHexOfTheExactLengthIsRead() {
        String good = "0".repeat(62) + "af";
        for (String bad : new String[] {good.toUpperCase().replace('0', '1'), good.substring(2), good + "00",
                "g" + good.substring(1), "\u0100" + good.substring(1)}) {
            assertThat(Hex.decode(bad, new byte[32])).as(bad).isFalse();
            assertThat(Hex.decode(bad.toCharArray(), 0, bad.length(), new byte[32])).as(bad).isFalse();
        }
    }
}
