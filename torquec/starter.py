"""The starter model `torquec init NAME` writes: small, valid, and showing each section."""

from __future__ import annotations


SCHEMA_REF = "./torque-model.schema.json"  # `torquec init` writes the schema next to the model


def starter_model(name: str) -> dict:
    title = " ".join(w.capitalize() for w in name.split("-"))
    return {
        "$schema": SCHEMA_REF,
        "name": name,
        "title": title,
        "version": "0.1.0",
        "description": f"{title}: a starter model written by `torquec init`.",
        "database": {"partitions": 8},
        "entities": [
            {
                "id": "ent_task",
                "name": "Task",
                "description": "Something to do.",
                "fields": [
                    {"id": "fld_task_title", "name": "title", "type": "string", "required": True,
                     "validation": {"minLength": 1, "maxLength": 200}, "ui": {"label": "Title", "placeholder": "What needs doing?"}},
                    {"id": "fld_task_done", "name": "done", "type": "boolean", "default": False},
                    {"id": "fld_task_priority", "name": "priority", "type": "enum", "values": ["low", "medium", "high"], "default": "medium"},
                    {"id": "fld_task_due", "name": "dueDate", "type": "date"},
                ],
                "ui": {"displayField": "title", "searchFields": ["title"]},
            }
        ],
        "relationships": [],
        "flows": [
            {
                "id": "flow_summarize",
                "name": "summarize",
                "description": "Count open tasks.",
                "trigger": {"type": "manual"},
                "nodes": [
                    {"id": "start", "type": "start"},
                    {"id": "open", "type": "entityRead", "entity": "Task", "filters": [{"field": "done", "op": "eq", "value": "false"}]},
                    {"id": "count", "type": "transform", "expression": "({ open: prev.length })"},
                    {"id": "end", "type": "end"},
                ],
                "edges": [{"from": "start", "to": "open"}, {"from": "open", "to": "count"}, {"from": "count", "to": "end"}],
            }
        ],
        "layouts": [
            {
                "id": "page_tasks",
                "name": "tasks",
                "route": "/",
                "title": "Tasks",
                "components": [
                    {"id": "heading", "type": "Text", "text": "Tasks", "variant": "h1", "position": {"row": 1, "col": 1, "span": 8}},
                    {"id": "newTask", "type": "TorqueButton", "label": "New task", "action": {"type": "openModal", "modal": "taskModal"},
                     "position": {"row": 1, "col": 9, "span": 4}},
                    {"id": "grid", "type": "DataGrid", "entity": "Task", "columns": ["title", "done", "priority", "dueDate"],
                     "position": {"row": 2, "col": 1, "span": 12}},
                    {"id": "taskModal", "type": "Modal", "title": "New task",
                     "children": [{"id": "taskForm", "type": "TorqueForm", "entity": "Task", "mode": "create",
                                   "position": {"row": 1, "col": 1, "span": 12}, "onSuccess": {"type": "closeModal"}}]},
                ],
            }
        ],
        "sampleData": {"Task": [{"title": "Read the torquec README", "done": False, "priority": "high"}]},
    }
