"""Scoring responses against a toolkit (spec section 3) and writing the result (section 4)."""
from core.scoring.engine import score_responses
from core.scoring.json_output import result_to_json, write_json
from core.scoring.result import Opportunity, ScoreResult

__all__ = ["Opportunity", "ScoreResult", "result_to_json", "score_responses", "write_json"]
