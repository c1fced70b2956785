package org.mekong.jtf.taskforces.domain;

public enum TaskPriority {
    LOW, MEDIUM, HIGH, URGENT
}
