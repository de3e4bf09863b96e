"""The trained prose pipeline (spaCy): ``gaoie.load()`` returns it, offline."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

BUNDLED = "models/gaoie_zh"


def bundled_path() -> Path:
    return Path(str(resources.files("gaoie").joinpath(BUNDLED)))


def bundled_pipeline_available() -> bool:
    return (bundled_path() / "config.cfg").exists()


def register() -> None:
    """Import the modules whose factories the pipeline config names."""
    from . import components, linker, relations  # noqa: F401


def load(path: str | Path | None = None):
    """The bundled pipeline, or the one saved at ``path`` (``gaoie train`` / ``gaoie finetune``)."""
    import spacy

    register()
    target = Path(path) if path else bundled_path()
    if not (target / "config.cfg").exists():
        where = "the bundled pipeline" if path is None else str(target)
        raise FileNotFoundError(f"{where}: no trained pipeline there (run `gaoie train` first)")
    return spacy.load(target)


def blank(config_path: str | Path | None = None):
    """An untrained pipeline built from a config (default ``training/configs/gaoie.cfg``)."""
    import spacy
    from spacy.util import load_config

    register()
    path = Path(config_path or default_config_path())
    cfg = load_config(path)
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)
    tok = cfg.get("initialize", {}).get("tokenizer") or {}
    if tok.get("pkuseg_model"):  # a relative model path is relative to the repository root
        model = Path(tok["pkuseg_model"])
        if not model.is_absolute():
            model = path.resolve().parents[2] / model
        nlp.tokenizer.initialize(pkuseg_model=str(model), pkuseg_user_dict=tok.get("pkuseg_user_dict", "default"))
    return nlp


def default_config_path() -> Path:
    """``training/configs/gaoie.cfg`` of the checkout (found from the working directory or the
    package, or ``$GAOIE_CONFIGS``); an installed package without a checkout falls back on the
    bundled pipeline's own config (the same architecture; the [training] defaults of the code)."""
    from ..annotations import AnnotationError, find_upwards

    try:
        return find_upwards("training/configs", "gaoie.cfg", "GAOIE_CONFIGS") / "gaoie.cfg"
    except AnnotationError:
        return bundled_path() / "config.cfg"
