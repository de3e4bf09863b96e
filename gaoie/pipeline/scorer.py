"""A feature-dict classifier shared by the linker and the relation component.

scikit-learn's DictVectorizer + LogisticRegression: small (a few hundred KB), fast to train on
two cores, and it scored better than the thinc pair model here (see training/README.md). A
component that owns one saves it with ``to_disk``/``from_disk`` like any spaCy component.
"""
from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any, Sequence

Features = dict[str, float]


class FeatureClassifier:
    def __init__(self, C: float = 1.0, class_weight: str | None = None, max_iter: int = 2000):
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.model = None

    @property
    def is_trained(self) -> bool:
        return self.model is not None

    def fit(self, X: Sequence[Features], y: Sequence[Any], sample_weight: Sequence[float] | None = None) -> "FeatureClassifier":
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        self.model = make_pipeline(
            DictVectorizer(),
            LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter),
        )
        kwargs = {"logisticregression__sample_weight": list(sample_weight)} if sample_weight is not None else {}
        self.model.fit(list(X), list(y), **kwargs)
        return self

    @property
    def classes(self) -> list[Any]:
        return list(self.model.classes_) if self.model is not None else []

    def predict_proba(self, X: Sequence[Features]):
        return self.model.predict_proba(list(X))

    def to_bytes(self) -> bytes:
        """The fitted pipeline, its weights in single precision, xz-compressed (a model a few MB, not
        tens: most of a linker's weights are near zero)."""
        import lzma

        import numpy as np

        lr = self.model.steps[-1][1]
        weights = lr.coef_, lr.intercept_
        lr.coef_, lr.intercept_ = lr.coef_.astype(np.float32), lr.intercept_.astype(np.float32)
        try:
            return lzma.compress(pickle.dumps(self.model, protocol=pickle.HIGHEST_PROTOCOL), preset=6)
        finally:
            lr.coef_, lr.intercept_ = weights  # saving leaves the model in memory as it was

    def from_bytes(self, data: bytes) -> "FeatureClassifier":
        import lzma

        self.model = pickle.loads(lzma.decompress(data) if data[:6] == b"\xfd7zXZ\x00" else data)
        return self

    def to_disk(self, path: Path) -> None:
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path: Path) -> "FeatureClassifier":
        return self.from_bytes(Path(path).read_bytes())


def char_ngrams(prefix: str, text: str, n: int = 2) -> Features:
    feats: Features = {}
    for k in range(1, n + 1):
        for i in range(len(text) - k + 1):
            feats[f"{prefix}{text[i:i + k]}"] = 1.0
    return feats
