package io.kanava.tck.json;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/** An output class with a renamed property and one that must never be written. */
public class Badge {

    private String text;
    private String internalNote;

    public Badge() {}

    public Badge(String text, String internalNote) {
        this.text = text;
        this.internalNote = internalNote;
    }

    @JsonbProperty("badge_text")
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    @JsonbTransient
    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }
}
