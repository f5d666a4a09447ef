import TaskAltIcon from '@mui/icons-material/TaskAlt';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Container,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { SURVEY_COMMENT_MAX } from '@trident/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import {
  answerBody,
  inLanguage,
  NPS_SCALE,
  problemOf,
  QUESTION_SCALE,
  type Lang,
  type PublicSurvey,
  type SurveyProblem,
} from './survey-logic';

type State =
  | { step: 'loading' }
  | { step: 'problem'; problem: SurveyProblem }
  | { step: 'form'; survey: PublicSurvey }
  | { step: 'thanks' };

/** The survey API beside /graphql, without any credential: the link's token is the key. */
const surveyUrl = (token: string) => `/survey/${encodeURIComponent(token)}`;

/** A radio group of one scale, in a row, its label read by screen readers. */
function Scale({
  id,
  label,
  values,
  value,
  onChange,
  low,
  high,
  error,
}: {
  id: string;
  label: string;
  values: number[];
  value: number | null;
  onChange: (value: number) => void;
  low: string;
  high: string;
  error?: string;
}) {
  return (
    <FormControl component="fieldset" error={!!error} sx={{ width: '100%', mb: 3 }}>
      <FormLabel id={`${id}-label`} component="legend" sx={{ color: 'text.primary', mb: 0.5 }}>
        {label}
      </FormLabel>
      {/* The scale's ends under its first and last value, however wide the page. */}
      <Box
        sx={{
          display: 'inline-flex',
          flexDirection: 'column',
          alignSelf: 'flex-start',
          maxWidth: '100%',
        }}
      >
        <RadioGroup
          row
          aria-labelledby={`${id}-label`}
          name={id}
          value={value === null ? '' : String(value)}
          onChange={(event) => onChange(Number(event.target.value))}
          sx={{ flexWrap: 'wrap', gap: { xs: 0, sm: 0.5 } }}
        >
          {values.map((n) => (
            <FormControlLabel
              key={n}
              value={String(n)}
              control={<Radio size="small" />}
              label={String(n)}
              labelPlacement="bottom"
              sx={{ mx: 0, minWidth: 36 }}
            />
          ))}
        </RadioGroup>
        <Box
          aria-hidden
          sx={{ display: 'flex', justifyContent: 'space-between', color: 'text.secondary' }}
        >
          <Typography variant="caption">{low}</Typography>
          <Typography variant="caption">{high}</Typography>
        </Box>
      </Box>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}

/**
 * The public page a survey link opens (`#/survey/:token`): no sign-in and no console frame.
 * It shows the survey's questions and nothing else, in the visitor's language (the console's:
 * Chinese for a Chinese browser, with a switch), and answers once; an expired, answered or unknown link
 * says so in the words the API's code allows.
 */
export function SurveyPublicPage() {
  const { token = '' } = useParams();
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const lang: Lang = locale === 'zh' ? 'zh' : 'en';
  const [state, setState] = useState<State>({ step: 'loading' });
  const [answers, setAnswers] = useState<(number | null)[]>([]);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    fetch(surveyUrl(token), { headers: { accept: 'application/json' } })
      .then(async (res) => {
        const body: unknown = await res.json().catch(() => null);
        if (!live) return;
        if (res.ok) {
          const survey = (body as { survey: PublicSurvey }).survey;
          setAnswers(survey.questions.map(() => null));
          setState({ step: 'form', survey });
        } else setState({ step: 'problem', problem: problemOf(res.status, body) });
      })
      .catch(() => live && setState({ step: 'problem', problem: 'UNAVAILABLE' }));
    return () => {
      live = false;
    };
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (score === null) return;
    setSending(true);
    setSendError(null);
    try {
      const res = await fetch(surveyUrl(token), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(answerBody(score, answers, comment)),
      });
      const body: unknown = await res.json().catch(() => null);
      if (res.status === 201) setState({ step: 'thanks' });
      else if (res.status === 400)
        setSendError(String((body as { error?: { field?: string } })?.error?.field ?? ''));
      else setState({ step: 'problem', problem: problemOf(res.status, body) });
    } catch {
      setSendError(translate('trident.surveys.public.problems.UNAVAILABLE'));
    } finally {
      setSending(false);
    }
  };

  const survey = state.step === 'form' ? state.survey : null;
  const title = survey ? inLanguage(lang, survey.titleZh, survey.titleEn) : 'Trident';
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <Box
      component="main"
      data-testid="survey-page"
      sx={{ minHeight: '100vh', bgcolor: 'grey.100', py: { xs: 2, sm: 5 } }}
    >
      <Container maxWidth="md">
        <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: 1 }}>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={lang}
            onChange={(_event, value: Lang | null) => value && setLocale(value)}
            aria-label={translate('trident.surveys.public.language')}
          >
            <ToggleButton value="zh" lang="zh">
              中文
            </ToggleButton>
            <ToggleButton value="en" lang="en">
              English
            </ToggleButton>
          </ToggleButtonGroup>
        </Stack>
        <Card>
          <CardContent sx={{ p: { xs: 2, sm: 4 } }}>
            {state.step === 'loading' && (
              <Stack sx={{ alignItems: 'center', py: 6 }} spacing={2} role="status">
                <CircularProgress aria-hidden />
                <Typography>{translate('trident.surveys.public.loading')}</Typography>
              </Stack>
            )}
            {state.step === 'problem' && (
              <Alert
                severity={state.problem === 'SURVEY_ALREADY_ANSWERED' ? 'info' : 'warning'}
                data-testid="survey-problem"
                data-problem={state.problem}
              >
                {translate(`trident.surveys.public.problems.${state.problem}`)}
              </Alert>
            )}
            {state.step === 'thanks' && (
              <Stack
                sx={{ alignItems: 'center', textAlign: 'center', py: 4 }}
                spacing={2}
                data-testid="survey-thanks"
                role="status"
              >
                <TaskAltIcon color="success" sx={{ fontSize: 56 }} aria-hidden />
                <Typography variant="h5" component="h1">
                  {translate('trident.surveys.public.thanks_title')}
                </Typography>
                <Typography>{translate('trident.surveys.public.thanks')}</Typography>
              </Stack>
            )}
            {survey && (
              <Box component="form" noValidate onSubmit={submit} data-testid="survey-form">
                <Typography variant="h4" component="h1" gutterBottom>
                  {title}
                </Typography>
                {inLanguage(lang, survey.introZh, survey.introEn) && (
                  <Typography sx={{ color: 'text.secondary', mb: 3 }}>
                    {inLanguage(lang, survey.introZh, survey.introEn)}
                  </Typography>
                )}
                {survey.questions.map((question, i) => (
                  <Scale
                    key={i}
                    id={`q${i}`}
                    label={`${i + 1}. ${inLanguage(lang, question.zh, question.en)}`}
                    values={QUESTION_SCALE}
                    value={answers[i] ?? null}
                    onChange={(value) =>
                      setAnswers((all) => all.map((old, j) => (j === i ? value : old)))
                    }
                    low={translate('trident.surveys.public.scale_low')}
                    high={translate('trident.surveys.public.scale_high')}
                  />
                ))}
                <Scale
                  id="nps"
                  label={`${survey.questions.length + 1}. ${inLanguage(lang, survey.npsZh, survey.npsEn)} *`}
                  values={NPS_SCALE}
                  value={score}
                  onChange={setScore}
                  low={translate('trident.surveys.public.nps_low')}
                  high={translate('trident.surveys.public.nps_high')}
                  error={
                    tried && score === null
                      ? translate('trident.surveys.public.required')
                      : undefined
                  }
                />
                <TextField
                  id="comment"
                  label={translate('trident.surveys.public.comment')}
                  value={comment}
                  onChange={(event) => setComment(event.target.value)}
                  multiline
                  minRows={3}
                  fullWidth
                  slotProps={{ htmlInput: { maxLength: SURVEY_COMMENT_MAX } }}
                  helperText={`${comment.length} / ${SURVEY_COMMENT_MAX}`}
                />
                {sendError !== null && (
                  <Alert severity="error" sx={{ mt: 2 }}>
                    {translate('trident.surveys.public.send_failed', { reason: sendError })}
                  </Alert>
                )}
                <Box sx={{ mt: 3 }}>
                  <Button
                    type="submit"
                    variant="contained"
                    size="large"
                    disabled={sending}
                    data-testid="survey-submit"
                  >
                    {translate(
                      sending ? 'trident.surveys.public.sending' : 'trident.surveys.public.submit',
                    )}
                  </Button>
                </Box>
              </Box>
            )}
          </CardContent>
        </Card>
      </Container>
    </Box>
  );
}
