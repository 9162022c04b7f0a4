package com.example.clinic.medical;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory store of clinical notes. */
public class ClinicalNoteRepository {

    private final List<ClinicalNote> notes = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong(80000);

    public long nextId() {
        return sequence.incrementAndGet();
    }

    public void save(ClinicalNote note) {
        notes.add(note);
    }

    public List<ClinicalNote> findByPatient(long patientId) {
        List<ClinicalNote> result = new ArrayList<>();
        for (ClinicalNote note : notes) {
            if (note.getPatientId() == patientId) {
                result.add(note);
            }
        }
        return result;
    }
}
