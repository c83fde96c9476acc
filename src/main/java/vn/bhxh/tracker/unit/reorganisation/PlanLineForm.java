package vn.bhxh.tracker.unit.reorganisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.bhxh.tracker.unit.UnitLevel;

/**
 * One line typed into a plan: its kind (required), then the values its kind uses (see the page's
 * help and {@link PlanAnalysis}), each no longer than its column. Whether the line makes sense
 * (codes known, parents in force…) is the preview's to say, on the line, as for an uploaded file.
 */
public class PlanLineForm {

    @NotNull(message = "{reorganisation.line.kind.required}")
    private ChangeKind kind;

    @Size(max = 32, message = "{reorganisation.line.code.size}")
    private String oldCode = "";

    @Size(max = 32, message = "{reorganisation.line.code.size}")
    private String newCode = "";

    @Size(max = PlanAnalysis.MAX_NAME, message = "{reorganisation.line.name.size}")
    private String newName = "";

    @Size(max = 32, message = "{reorganisation.line.code.size}")
    private String newParentCode = "";

    private UnitLevel level;

    PlanLine toLine() {
        return new PlanLine(0, kind.name(), oldCode, newCode, newName, newParentCode, level == null ? "" : level.name());
    }

    public ChangeKind getKind() {
        return kind;
    }

    public void setKind(ChangeKind kind) {
        this.kind = kind;
    }

    public String getOldCode() {
        return oldCode;
    }

    public void setOldCode(String oldCode) {
        this.oldCode = oldCode == null ? "" : oldCode;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode == null ? "" : newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName == null ? "" : newName;
    }

    public String getNewParentCode() {
        return newParentCode;
    }

    public void setNewParentCode(String newParentCode) {
        this.newParentCode = newParentCode == null ? "" : newParentCode;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public void setLevel(UnitLevel level) {
        this.level = level;
    }
}
