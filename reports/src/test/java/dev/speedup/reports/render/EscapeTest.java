package dev.speedup.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapeTest {
    @Test
    void terminalShowsEscapeNulAndOtherControlCharactersVisibly() {
        assertEquals("\\x1b[2Jhost\\x00\\x07\\x0a\\x9b", Escape.terminal("\u001b[2Jhost\u0000\u0007\n\u009b"));
        assertEquals("a\\x7fb", Escape.terminal("a\u007fb"));
    }

    @Test
    void terminalShowsBidiOverridesThatWouldReorderALine() {
        assertEquals("SERIAL\\u202eLAIRES", Escape.terminal("SERIAL\u202eLAIRES"));
    }

    @Test
    void terminalLeavesOrdinaryTextAndUnicodeAlone() {
        assertEquals("Intel® Xeon µs/op ≈ 2×", Escape.terminal("Intel® Xeon µs/op ≈ 2×"));
    }

    @Test
    void htmlAndMarkdownAlsoShowControlCharacters() {
        assertEquals("a\\x1b[31mb\\x00", Escape.html("a\u001b[31mb\u0000"));
        assertEquals("a\\x1b\\[31mb\\x00 c", Escape.markdown("a\u001b[31mb\u0000\nc"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://x\",\"click\")",
                "=cmd|' /C calc'!A0",
                "@SUM(1+1)",
                "+SUM(1+1)",
                "-2+3+cmd|' /C calc'!A0",
                "\t=1",
                "\r=1"
            })
    void spreadsheetCellTurnsFormulaStartsIntoText(String formula) {
        assertEquals("'" + formula, Escape.spreadsheetCell(formula));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3.5", "+2", "1e-3", "1000", "", "SERIAL", "a=b", "ms/op"})
    void spreadsheetCellLeavesNumbersAndPlainTextAsTheyAre(String text) {
        assertEquals(text, Escape.spreadsheetCell(text));
    }
}
