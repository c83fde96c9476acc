package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One duty over several submitted reports: in how many it was fully done, and in how many it
 * applied at all ("không phát sinh" excluded), out of {@code reported} reports that answered it.
 */
public record DutyTally(int done, int applicable, int reported) {

    /**
     * The counts of a row with the columns {@code done}, {@code applicable} and {@code reported}, as the
     * duty trend ({@link Trends}) and the year's tallies ({@link YearFigures}) count them from the reports' marks.
     */
    static DutyTally of(ResultSet rs) throws SQLException {
        return new DutyTally(rs.getInt("done"), rs.getInt("applicable"), rs.getInt("reported"));
    }

    /** Share of the applicable reports in which the duty was fully done, 0–100; null when it never applied. */
    public BigDecimal rate() {
        return MonthSummary.rate(done, applicable);
    }

    /** How the matrix colours the cell, as the month matrix colours one report's status. */
    public String colour() {
        if (applicable == 0) {
            return "NOT_APPLICABLE";
        }
        return done == applicable ? "DONE" : done == 0 ? "NOT_DONE" : "PARTIAL";
    }
}
