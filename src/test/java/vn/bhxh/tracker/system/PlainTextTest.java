package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What text may hold: no control character but tab and line breaks (in several lines), no lone surrogate, no noncharacter. */
class PlainTextTest {

    @Test
    void vietnameseTextSymbolsAndCharactersBeyondTheBasicPlaneAreAccepted() {
        assertThat(PlainText.firstFault("Đã tiếp nhận 12 hồ sơ; tỷ lệ 98,5% — «đúng hạn» ✓ 😀 𠀀", false)).isNull();
        assertThat(PlainText.isAcceptable("", false)).isTrue();
    }

    @ParameterizedTest(name = "U+{0} is refused")
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F,
            0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF})
    void controlCharactersAndNoncharactersAreRefusedInOneLineAndInSeveral(int codePoint) {
        String text = "ab" + Character.toString(codePoint) + "c";
        PlainText.Fault fault = PlainText.firstFault(text, true);
        assertThat(fault).isEqualTo(new PlainText.Fault(String.format("U+%04X", codePoint), 3, false));
        assertThat(fault.messageKey()).isEqualTo("text.controlCharacter");
        assertThat(PlainText.firstFault(text, false)).isEqualTo(fault);
    }

    @Test
    void loneSurrogatesAreRefusedWherePairedOnesAreNot() {
        assertThat(PlainText.firstFault("a\uD800b", true)).isEqualTo(new PlainText.Fault("U+D800", 2, false));
        assertThat(PlainText.firstFault("a\uDC00", true)).isEqualTo(new PlainText.Fault("U+DC00", 2, false));
        assertThat(PlainText.firstFault("a\uD83D", true)).isEqualTo(new PlainText.Fault("U+D83D", 2, false));
        assertThat(PlainText.firstFault("a\uD83D\uDE00b", true)).isNull();
    }

    @Test
    void tabAndLineBreaksAreKeptInSeveralLinesButNotInOne() {
        assertThat(PlainText.isAcceptable("một\r\nhai\tba\n", true)).isTrue();
        assertThat(PlainText.firstFault("một\nhai", false)).isEqualTo(new PlainText.Fault("U+000A", 4, true));
        assertThat(PlainText.firstFault("a\tb", false).messageKey()).isEqualTo("text.lineBreak");
        assertThat(PlainText.firstFault("a\rb", false).lineBreak()).isTrue();
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        assertThat(PlainText.firstFault("😀😀\u0000", true).position()).isEqualTo(3);
    }

    @Test
    void theFaultIsFoundAmongAnExceptionsCauses() {
        PlainText.Fault fault = new PlainText.Fault("U+0000", 1, false);
        RuntimeException wrapped = new IllegalStateException("binding", new PlainText.Refused(fault));
        assertThat(PlainText.faultOf(wrapped)).isEqualTo(fault);
        assertThat(PlainText.faultOf(new IllegalStateException("other"))).isNull();
    }
}
