package org.mekong.jtf.taskforces.domain;

public enum PlaceKind {
    CRIME_SCENE, BORDER_AREA, CHECKPOINT, PORT
}
