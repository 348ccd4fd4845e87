import { useTranslation } from 'react-i18next';
import type { Activation } from '../../src-shared/graph/options';
import type { PictureName } from './help-topics';
import { ActivationPicture } from './pictures/ActivationPicture';
import {
  DensePicture,
  DropoutPicture,
  FlattenPicture,
  InputPicture,
  OutputPicture,
  SoftmaxPicture,
} from './pictures/LayerPictures';
import {
  AccuracyChartPicture,
  ConfusionMatrixPicture,
  LossChartPicture,
  PrecisionRecallPicture,
} from './pictures/MetricPictures';
import {
  BatchSizePicture,
  EpochsPicture,
  LearningRatePicture,
  OptimizerPicture,
  ValidationSplitPicture,
} from './pictures/TrainingPictures';

/** One explanatory picture, described in the user's language for screen readers. */
export function HelpPicture({ name, activation = 'relu' }: { name: PictureName; activation?: Activation }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const label = t(`help.pictures.${name}`, { name: activation });
  switch (name) {
    case 'input':
      return <InputPicture label={label} />;
    case 'flatten':
      return <FlattenPicture label={label} />;
    case 'dense':
      return <DensePicture label={label} />;
    case 'dropout':
      return <DropoutPicture label={label} />;
    case 'output':
      return <OutputPicture label={label} locale={locale} />;
    case 'softmax':
      return <SoftmaxPicture label={label} locale={locale} />;
    case 'activation':
      return <ActivationPicture label={label} activation={activation} />;
    case 'learningRate':
      return <LearningRatePicture label={label} />;
    case 'batchSize':
      return <BatchSizePicture label={label} />;
    case 'epochs':
      return <EpochsPicture label={label} />;
    case 'validationSplit':
      return <ValidationSplitPicture label={label} locale={locale} />;
    case 'optimizer':
      return <OptimizerPicture label={label} />;
    case 'lossChart':
      return <LossChartPicture label={label} />;
    case 'accuracyChart':
      return <AccuracyChartPicture label={label} />;
    case 'confusionMatrix':
      return <ConfusionMatrixPicture label={label} />;
    case 'precisionRecall':
      return <PrecisionRecallPicture label={label} />;
  }
}
